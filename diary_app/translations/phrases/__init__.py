"""Phrase books: German and Spanish for each English source text, one module per source module.

Each module holds `PHRASES = {context: {source: (german, spanish)}}`: the context is the class
whose `self.tr` says the text (or the context given to QCoreApplication.translate); a plural
("%n day(s)") has a tuple of forms in each language instead of a string (German and Spanish have
two: one, other). One module per source module lets several people translate at once.
"""
