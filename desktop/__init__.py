"""Cunwu (村务通): the application. `desktop.core` is Qt-free; `desktop.ui` is the Qt layer."""
__version__ = "0.1.0"

# The shipped executables (build.spec): they must differ in more than case, since Windows
# file names ignore case (Cunwu.exe and cunwu.exe would be one file, and the GUI would be lost).
GUI_EXE = "Cunwu"
CLI_EXE = "cunwu-cli"
