"""The yardstick of the outside start-up measurement: an empty QMainWindow the size of the diary's
window, shown and left running until it is ended (benchmarks/outside_startup.py)."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 800)  # MainWindow's first size
    window.show()
    sys.exit(app.exec())
