# PyInstaller's own hook for PySide6.QtGui, less the Qt plugins a desktop window never loads: the
# GTK theme (it needs the system's GTK and would pull half of it into the bundle), the embedded and
# remote display platforms, input drivers for machines without X11 or Wayland, image formats the app
# never reads, and Wayland protocols of kiosks and compositors.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED_PLUGINS = (
    "platformthemes/libqgtk3", "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqvnc",
    "platforms/libqminimalegl", "platforms/libqvkkhrdisplay", "egldeviceintegrations/", "generic/",
    # images: the icon is SVG, PNG is built in; the rest of Qt's readers bring libtiff, libwebp...
    "imageformats/libqgif", "imageformats/libqicns", "imageformats/libqjpeg", "imageformats/libqtga",
    "imageformats/libqtiff", "imageformats/libqwbmp", "imageformats/libqwebp",
    # Wayland: the xdg-shell and EGL or shared-memory buffers are what desktops use
    "libfullscreen-shell-v1", "libivi-shell", "libqt-shell", "libwl-shell-plugin", "libdmabuf-server",
    "libdrm-egl-server", "libshm-emulation-server", "libvulkan-server",
)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if not any(part in entry[0].replace("\\", "/") for part in UNUSED_PLUGINS)]
