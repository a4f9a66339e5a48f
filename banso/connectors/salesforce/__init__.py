"""Salesforce: pull Accounts, Contacts, Opportunities, Cases, Tasks and Events; push results to Account fields.

The REST API is reached with simple-salesforce (SOQL queries and their `nextRecordsUrl` pages, describe,
composite requests); banso obtains the access token itself (OAuth 2.0 client credentials against your
My Domain, which simple-salesforce can only do against *.salesforce.com hosts) and adds the retries.
"""
