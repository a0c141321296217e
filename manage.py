#!/usr/bin/env python
import os
import sys
from pathlib import Path

# `make demo` writes .env (DEBUG on, a generated SECRET_KEY) so that commands run as written in
# a development checkout; variables set in the environment win over it. Servers have none.
ENV_FILE = Path(__file__).resolve().parent / ".env"


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kota.settings")
    if ENV_FILE.is_file():
        import environ

        environ.Env.read_env(ENV_FILE)
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
