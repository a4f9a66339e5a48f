"""Sending one delivery: Slack incoming webhooks, signed JSON webhooks and SMTP mail.

Each sender returns a short description on success and raises `SendError` with what went wrong,
so the outbox can record the attempt either way. Secrets are read from the environment at send
time and never written to the outbox or to error messages.
"""

from __future__ import annotations

import json
import smtplib
import ssl
import time
from collections.abc import Mapping
from typing import Any

import httpx

from banso import outbound
from banso.config.signals import Destination
from banso.notify import plain
from banso.notify.messages import digest_message, email_message, slack_message, webhook_body

TIMEOUT = 10.0


class SendError(Exception):
    """The receiver did not take the delivery; the message says why (never a secret)."""


def _env(env: Mapping[str, str], name: str | None, what: str) -> str | None:
    if name is None:
        return None
    value = env.get(name)
    if not value:
        raise SendError(f"{what}: environment variable {name} is not set")
    return value


def url_of(dest: Destination, env: Mapping[str, str]) -> str:
    url = dest.url or _env(env, dest.url_env, "url")
    assert url is not None  # the config requires url or url_env
    return url


def _post(url: str, body: bytes, headers: dict[str, str]) -> str:
    try:
        r = outbound.client().post(url, content=body, headers={"Content-Type": "application/json", **headers},
                                   timeout=TIMEOUT)
    except httpx.HTTPError as exc:
        raise SendError(f"{type(exc).__name__}: {exc}") from exc
    if not 200 <= r.status_code < 300:
        raise SendError(f"HTTP {r.status_code}: {r.text[:200]}")
    return f"HTTP {r.status_code}"


def send(dest: Destination, key: str, payload: dict[str, Any], env: Mapping[str, str]) -> str:
    if dest.kind == "slack":
        message = plain.slack_message(payload) if plain.is_plain(payload) else slack_message(payload)
        body = json.dumps(message, ensure_ascii=False).encode()
        return _post(url_of(dest, env), body, {"X-Banso-Delivery": key})
    if dest.kind == "webhook":
        data = plain.webhook_body(key, payload) if plain.is_plain(payload) else webhook_body(key, payload)
        body = json.dumps(data, ensure_ascii=False).encode()
        stamp = str(int(time.time()))
        headers = {"X-Banso-Delivery": key, "X-Banso-Timestamp": stamp}
        secret = _env(env, dest.secret_env, "secret")
        if secret:
            headers["X-Banso-Signature"] = "v1=" + outbound.signature(secret, stamp, body)
        return _post(url_of(dest, env), body, headers)
    if dest.kind == "email":
        return _mail(dest, payload, env)
    raise SendError(f"a {dest.kind} destination takes segment exports, not alerts")


def recipients(dest: Destination, payload: dict[str, Any]) -> list[str]:
    if payload.get("type") == "digest":
        return [dest.owners[payload["owner"]]] if payload["owner"] in dest.owners else []
    if payload.get("type") == "message" and payload.get("to"):  # a playbook's mail to its own addresses
        return list(payload["to"])
    if payload.get("type") == "message":  # to the CSM in charge only, never to every alert recipient
        owner = payload.get("owner")
        return [dest.owners[owner]] if owner in dest.owners else []
    out = list(dest.to)
    owner = payload.get("owner")
    if owner and owner in dest.owners and dest.owners[owner] not in out:
        out.append(dest.owners[owner])
    return out


def _mail(dest: Destination, payload: dict[str, Any], env: Mapping[str, str]) -> str:
    to = recipients(dest, payload)
    if not to:
        return "no recipient for this owner"
    assert dest.smtp_host is not None and dest.sender is not None
    if payload.get("type") == "digest":
        msg = digest_message(payload, dest.sender, to)
    elif plain.is_plain(payload):
        msg = plain.email_message(payload, dest.sender, to)
    else:
        msg = email_message(payload, dest.sender, to)
        msg["Message-ID"] = f"<banso-alert-{payload['id']}@{dest.sender.split('@')[-1]}>"
    user = _env(env, dest.username_env, "username")
    password = _env(env, dest.password_env, "password")
    try:
        with smtplib.SMTP(dest.smtp_host, dest.smtp_port, timeout=TIMEOUT) as smtp:
            smtp.ehlo()
            if dest.starttls:
                smtp.starttls(context=ssl.create_default_context(cafile=dest.tls_cafile))
                smtp.ehlo()
            if user and password:
                smtp.login(user, password)
            refused = smtp.send_message(msg)
    except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
        raise SendError(f"{type(exc).__name__}: {exc}") from exc
    if refused:
        raise SendError(f"refused recipients: {', '.join(refused)}")
    return f"mailed {len(to)}"
