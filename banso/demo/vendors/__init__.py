"""Local stand-ins for the vendors' APIs (Salesforce, HubSpot, Zendesk, Intercom), for tests and the demo.

No machine here reaches the vendors, so each connector is exercised against a small server on
127.0.0.1 that behaves as the vendor's published API reference says for the objects banso uses:
authentication and its errors, paging, incremental filters, batch writes, rate limits (429 with
Retry-After) and error bodies. Each module names the API version it follows. Faults (a 429, a
dropped connection, a page cut short) are injected per request with `server.faults`.

    with SalesforceServer.start(tls=ca) as sf:
        sf.add("Account", {"Name": "Acme"})
"""
