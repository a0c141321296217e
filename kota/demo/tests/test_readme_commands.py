"""Every command README.md gives runs as written after `make demo`, in the README's order, in a
shell with no Kota variables set (only what `make demo` leaves in `.env`).

The commands are read from README.md itself (the lines of its code blocks, and inline code that
runs Python), so the test follows the README when it changes. They run in a copy of this
checkout, with its own fresh SQLite database, sharing only the virtualenv. A few are not run,
each for a reason named in `skip_reason`; the test fails on any other command that fails.
"""

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
README = ROOT / "README.md"
pytestmark = pytest.mark.slow

# Sections whose commands are not for a demo checkout.
NOT_HERE = {
    "Deploying on PostgreSQL behind gunicorn": "a production server's set-up (PostgreSQL role, "
    "gunicorn as a service)",
    "Benchmarks": "benchmarks, run by hand for minutes to hours",
}
# Commands that serve until stopped: started, alive after this many seconds, then stopped.
SERVICES = ("manage.py db_worker",)
SERVICE_SECONDS = 5
SHELLS = {"sh", "bash", "shell", "console"}
# Commands the README says refuse at that point, with the words they refuse in: delete_demo
# leaves the demo alone once the 2027 invoices refer to demo members.
REFUSALS = {"manage.py delete_demo": "Nothing deleted: Records that are not the demo's refer"}


def readme_commands(text):
    """[(section, command)] in the README's order: each line of a code block (indented four
    spaces after a blank line, or fenced as `sh`) and each inline code span that runs Python.
    Untagged fenced blocks are text (the code's layout)."""
    commands, section, fenced, in_block, after_blank = [], "", None, False, True
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = None if fenced is not None else line[3:].strip()
        elif fenced is not None:
            if fenced in SHELLS and line.strip():
                commands.append((section, line.strip()))
        elif line.startswith("    ") and (in_block or after_blank):
            in_block, after_blank = True, False
            commands.append((section, line.strip()))
        elif not line.strip():
            after_blank = True
        else:
            in_block = after_blank = False
            if line.startswith("#"):
                section = line.lstrip("#").strip()
            for span in re.findall(r"`([^`]+)`", line):
                if re.match(r"(\.venv/bin/)?python3?(\.11)? ", span):
                    commands.append((section, span))
    return commands


def skip_reason(section, command):
    if section in NOT_HERE:
        return NOT_HERE[section]
    if command.split("#")[0].strip() == "make test":
        return "the whole suite, this test among it"
    return None


def clean_environment(home):
    """A new shell's environment: no DEBUG, SECRET_KEY, DATABASE_URL or other Kota variable,
    and no virtualenv on the PATH."""
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}


def copy_checkout(target):
    """The checkout's files (tracked, and new ones not ignored) without .env, var/ or .venv,
    which is linked: the copy installs nothing new when the virtualenv is up to date."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    (target / ".venv").symlink_to((ROOT / ".venv").resolve())


def run(command, cwd, env, timeout=900):
    return subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_service(command, cwd, env):
    process = subprocess.Popen(
        ["bash", "-c", f"exec {command}"],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    time.sleep(SERVICE_SECONDS)
    alive = process.poll() is None
    process.send_signal(signal.SIGTERM)
    try:
        output, _ = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    return alive, output


def test_the_readme_commands_are_found_in_order():
    commands = [command for _section, command in readme_commands(README.read_text())]
    assert commands[:2] == [
        "make demo    # creates .venv, installs, migrates, loads the demo "
        "network, serves http://127.0.0.1:8000",
        "make test    # the whole test suite",
    ]
    names = [re.search(r"manage\.py (\w+)", c).group(1) for c in commands if "manage.py " in c]
    for name in ("backup", "restore", "import_members", "issue_invoices", "export_plan"):
        assert name in names
    assert names[-1] == "delete_demo"  # last, so that it leaves the demo to the others
    assert "it refuses" in README.read_text()  # and the README says why it refuses there


@pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "python").exists(), reason="no .venv")
@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="the README's commands run on the demo's own SQLite file: the SQLite run covers them",
)
def test_every_readme_command_runs_as_written_after_the_demo(tmp_path):
    checkout = tmp_path / "kota"
    checkout.mkdir()
    copy_checkout(checkout)
    env = clean_environment(tmp_path)
    ran, skipped = [], []
    for section, command in readme_commands(README.read_text()):
        reason = skip_reason(section, command)
        if reason:
            skipped.append((command, reason))
            continue
        if command.startswith("make demo"):
            # `make demo` without its last step, serving until Ctrl-C.
            result = run("make --no-print-directory demo-data", checkout, env)
            assert result.returncode == 0, result.stdout + result.stderr
            assert "Demo accounts:" in result.stdout
            assert (checkout / ".env").read_text().count("SECRET_KEY=") == 1
        elif any(service in command for service in SERVICES):
            alive, output = run_service(command.split("#")[0].strip(), checkout, env)
            assert alive, f"{command} stopped:\n{output}"
        elif any(refused in command for refused in REFUSALS):
            result = run(command, checkout, env)
            [words] = [words for refused, words in REFUSALS.items() if refused in command]
            assert result.returncode == 1 and words in result.stderr, result.stderr
            assert "Traceback" not in result.stderr
        else:
            result = run(command, checkout, env)
            output = result.stdout + result.stderr
            assert result.returncode == 0, f"{command} failed:\n{output}"
            assert "Traceback" not in output, f"{command}:\n{output}"
            if "seed_demo" in command:  # a second run keeps the network, shows the accounts
                assert "nothing done" in output and "Demo accounts:" in output, output
        ran.append(command)
    assert len(ran) >= 15, ran
    assert {reason for _c, reason in skipped} <= set(NOT_HERE.values()) | {
        "the whole suite, this test among it"
    }


@pytest.mark.parametrize(
    ("fonts", "missing"),
    [
        ("Noto Sans\nNoto Sans CJK SC\nNoto Sans Thai\n", None),
        ("Noto Sans\nNoto Sans Thai\n", "sudo apt-get install fonts-noto-cjk\n"),
        ("DejaVu Sans\n", "sudo apt-get install fonts-noto-cjk fonts-noto-core\n"),
    ],
)
def test_make_demo_says_which_fonts_invoice_pdfs_lack(tmp_path, fonts, missing):
    """`make check-fonts` (run by `make demo`) reads the fonts from fc-list: here a stand-in
    that lists `fonts`, with Pango present."""
    (tmp_path / "fc-list").write_text(f"#!/bin/sh\nprintf '{fonts}'\n")
    (tmp_path / "ldconfig").write_text("#!/bin/sh\necho 'libpangoft2-1.0.so.0 (libc6,x86-64)'\n")
    for tool in ("fc-list", "ldconfig"):
        (tmp_path / tool).chmod(0o755)
    env = {"PATH": f"{tmp_path}:/usr/bin:/bin", "HOME": str(tmp_path)}
    result = run("make --no-print-directory -s check-fonts", ROOT, env)
    assert result.returncode == 0, result.stderr
    if missing is None:
        assert result.stdout == ""
    else:
        assert "Chinese and Thai names would print as boxes" in result.stdout
        assert result.stdout.endswith(missing)
