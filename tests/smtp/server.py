#!/usr/bin/python3
"""A real SMTP server for the tests (aiosmtpd), with faults on demand.

Usage: server.py PORT DIR

Each message it accepts is parsed with Python's email package and written to DIR/received/NNNN.json: the
envelope (MAIL FROM, RCPT TO), every header (decoded), the subject, the plain and HTML parts (decoded) and the
raw message. The file DIR/mode is read at every message and says how to answer:

  accept       250, and the message is kept (the default)
  tempfail     451 4.3.0 (try again later); nothing kept
  reject       550 5.7.1 (permanent); nothing kept
  stall        never answers the DATA (the client must time out); nothing kept
  slow:SECS    keeps the message, then waits SECS seconds before answering 250
"""
import asyncio
import email
import email.policy
import email.utils
import json
import os
import signal
import sys
import threading

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, directory):
        self.directory = directory
        self.received = os.path.join(directory, "received")
        os.makedirs(self.received, exist_ok=True)
        self.lock = threading.Lock()
        self.count = 0

    def mode(self):
        try:
            with open(os.path.join(self.directory, "mode")) as f:
                return f.read().strip() or "accept"
        except FileNotFoundError:
            return "accept"

    def keep(self, envelope):
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        text = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "headers": [[name, str(value)] for name, value in message.items()],
            "subject": str(message["subject"]),
            "to": str(message["to"]),
            "to_addresses": [address for _, address in email.utils.getaddresses(message.get_all("to", []))],
            "message_id": str(message["message-id"]),
            "content_type": message.get_content_type(),
            "text": text.get_content() if text is not None else None,
            "html": html.get_content() if html is not None else None,
            "raw": raw.decode("utf-8", "replace"),
        }
        with self.lock:
            self.count += 1
            name = os.path.join(self.received, "%04d-%d.json" % (self.count, os.getpid()))
        with open(name + ".tmp", "w") as f:
            json.dump(record, f)
        os.rename(name + ".tmp", name)

    async def handle_DATA(self, server, session, envelope):
        mode = self.mode()
        if mode == "tempfail":
            return "451 4.3.0 Try again later"
        if mode == "reject":
            return "550 5.7.1 Not accepted"
        if mode == "stall":
            await asyncio.sleep(3600)
            return "451 4.3.0 Too late"
        self.keep(envelope)
        if mode.startswith("slow:"):
            await asyncio.sleep(float(mode.split(":", 1)[1]))
        return "250 2.0.0 OK"


def main():
    port, directory = int(sys.argv[1]), sys.argv[2]
    controller = Controller(Handler(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
