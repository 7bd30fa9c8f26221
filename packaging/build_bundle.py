"""Build the self-contained app with PyInstaller and pack it the way each system installs apps.

    python packaging/build_bundle.py [--dist DIR] [--work DIR] [--no-pack]

Linux: dist/migraine-diary/ (one folder) and migraine-diary-VERSION-linux-ARCH.tar.gz.
Windows: the folder and Migraine-Diary-VERSION-setup.exe (Inno Setup's ISCC on PATH or in its
usual folder): a per-user install with a Start-menu entry and an uninstaller.
macOS: Migraine Diary.app, its Qt frameworks laid out so that codesign accepts them, signed
ad hoc, in Migraine-Diary-VERSION.dmg.
Needs the `bundle` extra (pip install -e '.[bundle]'); run from any folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diary_app import __version__  # noqa: E402

SPEC = ROOT / "packaging" / "migraine-diary.spec"
NAME = "migraine-diary"
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICONS_ENV = "MIGRAINE_DIARY_ICONS"  # the folder of the .ico and .icns, for the spec


def folder_size(path: Path) -> int:
    """Bytes of every file below `path`, links not followed (what unpacking takes on disk)."""
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def make_icons(folder: Path) -> None:
    """The Windows .ico and the macOS .icns, drawn from resources/icon.svg."""
    from io import BytesIO

    from PIL import Image

    from diary_app.cli.desktop import render_png

    folder.mkdir(parents=True, exist_ok=True)
    svg = ROOT / "resources" / "icon.svg"
    large = Image.open(BytesIO(render_png(svg, 1024)))
    large.save(folder / f"{NAME}.icns")
    Image.open(BytesIO(render_png(svg, 256))).save(folder / f"{NAME}.ico", sizes=[(s, s) for s in ICO_SIZES])


def run_pyinstaller(dist: Path, work: Path, icons: Path) -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work)], check=True, cwd=ROOT,
                   env={**os.environ, ICONS_ENV: str(icons)})


def strip_python(bundle: Path) -> None:
    """Drop the symbols of Python's own library and extension modules (a Python built from source
    keeps them: 20 MB). Not the wheels' libraries: patchelf made them, and strip breaks those."""
    strip = shutil.which("strip")
    if strip is None:
        print("strip (binutils) not found: the bundle keeps Python's symbols")
        return
    internal = bundle / "_internal"
    targets = [*internal.glob("libpython3*.so*"), *(internal / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "lib-dynload").glob("*.so")]
    subprocess.run([strip, "--strip-unneeded", *map(str, (t for t in targets if not t.is_symlink()))], check=True)


def pack_linux(dist: Path) -> Path:
    """A .tar.gz holding migraine-diary-VERSION/ (the bundle): unpack anywhere, run migraine-diary."""
    archive = dist / f"{NAME}-{__version__}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(dist / NAME, arcname=f"{NAME}-{__version__}")
    return archive


def find_iscc() -> str:
    for candidate in (shutil.which("iscc"), r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
                      os.path.expandvars(r"%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe")):
        if candidate and Path(candidate).is_file():
            return candidate
    raise SystemExit("Inno Setup's ISCC.exe was not found (choco install innosetup)")


def pack_windows(dist: Path, icons: Path) -> Path:
    """Inno Setup: per-user (no admin rights), Start-menu entry, uninstaller in Apps & features."""
    subprocess.run([find_iscc(), f"/DAppVersion={__version__}", f"/DSourceDir={dist / NAME}",
                    f"/DIconFile={icons / (NAME + '.ico')}", f"/O{dist}",
                    str(ROOT / "packaging" / "windows" / "migraine-diary.iss")], check=True)
    return dist / f"Migraine-Diary-{__version__}-setup.exe"


def fix_frameworks(app: Path) -> list[Path]:
    """Give every .framework in the .app the layout codesign expects: Versions/Current a link to
    the version, and the binary, Resources and Headers at the top as links into it (a copied
    framework has real folders there, and codesign calls it 'ambiguous'). Returns those fixed."""
    fixed = []
    for framework in sorted(app.rglob("*.framework")):
        versions = framework / "Versions"
        if framework.is_symlink() or not versions.is_dir():
            continue
        numbered = [v for v in versions.iterdir() if v.is_dir() and not v.is_symlink() and v.name != "Current"]
        if len(numbered) != 1:
            continue
        version = numbered[0]
        changed = False
        current = versions / "Current"
        if not current.is_symlink():
            if current.exists():
                shutil.rmtree(current)
            current.symlink_to(version.name)
            changed = True
        binary = framework.name.removesuffix(".framework")
        for entry in (binary, "Resources", "Headers"):
            top, inside = framework / entry, version / entry
            if top.is_symlink():
                continue
            if top.exists() and not inside.exists():
                shutil.move(str(top), str(inside))
            elif top.is_dir():
                shutil.rmtree(top)
            elif top.exists():
                top.unlink()
            if inside.exists():
                top.symlink_to(Path("Versions") / "Current" / entry)
                changed = True
        if changed:
            fixed.append(framework)
    return fixed


def pack_macos(dist: Path) -> Path:
    app = dist / "Migraine Diary.app"
    for framework in fix_frameworks(app):
        print(f"framework layout fixed: {framework.relative_to(app)}")
    subprocess.run(["codesign", "--force", "--deep", "--sign", "-", str(app)], check=True)
    subprocess.run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)], check=True)
    stage = dist / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir()
    shutil.copytree(app, stage / app.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    dmg = dist / f"Migraine-Diary-{__version__}.dmg"
    subprocess.run(["hdiutil", "create", "-volname", "Migraine Diary", "-srcfolder", str(stage),
                    "-ov", "-format", "UDZO", str(dmg)], check=True)
    return dmg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle and its package go")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--no-pack", action="store_true", help="only the one-folder bundle")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    icons = work / "icons"
    started = time.monotonic()
    if sys.platform in ("win32", "darwin"):
        make_icons(icons)
    run_pyinstaller(dist, work, icons)
    bundle = dist / NAME
    if sys.platform.startswith("linux"):
        strip_python(bundle)
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB unpacked, built in {time.monotonic() - started:.0f} s)")
    if args.no_pack:
        return 0
    if sys.platform == "win32":
        package = pack_windows(dist, icons)
    elif sys.platform == "darwin":
        package = pack_macos(dist)
    else:
        package = pack_linux(dist)
    print(f"package: {package} ({package.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
