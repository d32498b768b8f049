"""Outreach: every invitation, reminder and note that asks a child, parent, carer or professional to answer, on every
channel (text, email, printed letter, a link handed over), and the schedule they go out on."""
