"""Key rotation: re-encrypting stored values under the newest encryption key and re-indexing phone numbers."""
