"""HubSpot: pull companies, contacts, deals, tickets and engagements; push results to company properties and
segments to lists. Reached through hubspot-api-client, HubSpot's own generated client for its CRM APIs."""
