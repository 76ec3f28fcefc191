-- A public key is meant to be seen: it sits in the tracker tag of every page of the site. Keeping
-- it readable lets Settings show the tag in full at any time. Secret keys stay hash-only.
ALTER TABLE api_keys ADD COLUMN publishable_key text;
ALTER TABLE api_keys ADD CONSTRAINT api_keys_publishable_only_public CHECK (publishable_key IS NULL OR kind = 'public');
