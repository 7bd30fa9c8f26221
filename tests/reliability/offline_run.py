"""Run `migraine-diary` commands with every network door closed: the other half of test_privacy.py.

    python -m tests.reliability.offline_run '[["--db", "d.sqlite3", "log", "today", "--none"], ...]'

An audit hook (PEP 578) is installed before the app is imported: any attempt to resolve a name,
open an internet socket or fetch a URL ends the process with status 99 and says what was tried.
Prints the exit status of each command as a JSON list. `--self-test` tries a look-up on purpose.
"""

from __future__ import annotations

import json
import os
import socket
import sys

NETWORK_EVENTS = {
    "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
    "socket.gethostbyaddr", "socket.getnameinfo", "socket.bind", "socket.sendto", "socket.sendmsg",
    "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect", "imaplib.open",
    "poplib.connect", "nntplib.connect", "telnetlib.Telnet.open", "webbrowser.open",
}


def _refuse(event: str, args: tuple) -> None:
    internet_socket = event == "socket.__new__" and len(args) > 1 and args[1] not in (socket.AF_UNIX, -1)
    if event in NETWORK_EVENTS or internet_socket:
        os.write(2, f"NETWORK ATTEMPT: {event} {args!r}\n".encode())
        os._exit(99)


def main(argv: list[str]) -> None:
    sys.addaudithook(_refuse)
    if argv == ["--self-test"]:
        socket.getaddrinfo("example.org", 443)
        return
    from diary_app.cli import main as cli_main

    codes = []
    for command in json.loads(argv[0]):
        try:
            codes.append(cli_main(command))
        except SystemExit as exc:
            codes.append(exc.code)
    print(json.dumps(codes))


if __name__ == "__main__":
    main(sys.argv[1:])
