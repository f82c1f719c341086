"""A loopback HTTP/1.1 proxy that injects faults between a client and the real reference server.

One request per connection: the proxy reads a request, forwards it with ``Connection: close`` and
relays the whole answer, so every request can be judged on its own. Rules pick requests by a
substring of their request line (``"PUT /collections/buildings/items/"``), skip the first
``skip`` matches and act on the next ``times``:

* ``cut``: forward, then relay only the first ``nbytes`` bytes of the answer and close;
* ``delay``: forward, then wait ``delay`` seconds before relaying (a client timeout meanwhile);
* ``respond``: do not forward; answer ``response`` (raw HTTP bytes) instead;
* ``hook``: call ``hook()`` before forwarding (``when="before"``) or once the server has answered
  (``when="after"``), then close without relaying (e.g. kill the server mid-push).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit


@dataclass
class Rule:
    match: str
    action: str
    skip: int = 0
    times: int = 1
    nbytes: int = 0
    delay: float = 0.0
    response: bytes = b""
    hook: Optional[Callable[[], None]] = None
    when: str = "after"
    seen: int = 0
    fired: int = 0


def http_response(status: int, body: bytes | str, content_type: str = "application/json",
                  reason: str = "FAULT") -> bytes:
    """A complete raw HTTP/1.1 answer (for ``respond`` rules)."""
    data = body.encode() if isinstance(body, str) else body
    head = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n")
    return head.encode() + data


def _read_request(sock: socket.socket) -> tuple[bytes, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return b"", b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head, body


def _close_header(head: bytes) -> bytes:
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"Connection: close"]) + b"\r\n\r\n"


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


class FaultProxy:
    """``FaultProxy(upstream_url)``; ``base_url`` is where clients connect; ``add(...)`` a rule."""

    def __init__(self, upstream_url: str):
        parts = urlsplit(upstream_url)
        self.upstream = (parts.hostname, parts.port)
        self.rules: list[Rule] = []
        self.lock = threading.Lock()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def add(self, match: str, action: str, **options) -> Rule:
        rule = Rule(match, action, **options)
        with self.lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self.lock:
            self.rules.clear()

    def close(self) -> None:
        self.running = False
        self.server.close()

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _rule_for(self, request_line: str) -> Optional[Rule]:
        with self.lock:
            for rule in self.rules:
                if rule.match in request_line:
                    rule.seen += 1
                    if rule.seen > rule.skip and rule.fired < rule.times:
                        rule.fired += 1
                        return rule
        return None

    def _serve(self, client: socket.socket) -> None:
        with client:
            try:
                self._relay(client)
            except OSError:
                pass  # the client gave up (timeout) or the server is gone: the client sees it

    def _relay(self, client: socket.socket) -> None:
        head, body = _read_request(client)
        if not head:
            return
        rule = self._rule_for(head.split(b"\r\n", 1)[0].decode("latin-1"))
        if rule is not None and rule.action == "respond":
            client.sendall(rule.response)
            return
        if rule is not None and rule.action == "hook" and rule.when == "before":
            rule.hook()
            return
        with socket.create_connection(self.upstream, timeout=60) as upstream:
            upstream.sendall(_close_header(head) + body)
            answer = _read_all(upstream)
        self._answer(client, answer, rule)

    def _answer(self, client: socket.socket, answer: bytes, rule: Optional[Rule]) -> None:
        if rule is None:
            client.sendall(answer)
        elif rule.action == "cut":
            client.sendall(answer[:rule.nbytes])
        elif rule.action == "delay":
            time.sleep(rule.delay)
            client.sendall(answer)
        elif rule.action == "hook":
            rule.hook()
