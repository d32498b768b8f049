"""The ways an invitation reaches a person: by text, by email, by printed letter."""
