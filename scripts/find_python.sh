#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter, or explains what to install.
# Rasa 3.6 runs on Python 3.8-3.10 only; Helder is pinned to 3.10.
set -u

is_310() {
    "$1" -c 'import sys, venv; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1
}

candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
for name in python3.10 python3 python; do
    path=$(command -v "$name" 2>/dev/null) && candidates+=("$path")
done
# pyenv's shims fail unless 3.10 is selected, so look in its versions folder directly.
pyenv_root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
for path in "$pyenv_root"/versions/3.10*/bin/python3.10; do
    [ -x "$path" ] && candidates+=("$path")
done

for candidate in "${candidates[@]}"; do
    if is_310 "$candidate"; then
        echo "$candidate"
        exit 0
    fi
done

# Builtins only, so the message shows even on a bare PATH.
{
    echo 'Helder needs Python 3.10 (Rasa 3.6 does not run on Python 3.11 or newer),'
    echo 'and none was found on PATH or in pyenv.'
    echo 'Install one of these, then run the command again:'
    echo '  - Ubuntu 22.04:   sudo apt install python3.10 python3.10-venv'
    echo '  - pyenv:          pyenv install 3.10.13'
    echo '  - or point to an existing interpreter:  make run PYTHON=/path/to/python3.10'
} >&2
exit 1
