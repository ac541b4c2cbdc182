-- Signatures of the Slack requests taken, each kept until Slack's signature on it is no longer accepted (its
-- timestamp five minutes old): a request sent again with the same signature meanwhile is a replay, refused on every
-- instance that shares the database. Rows past their time are purged.
CREATE TABLE seen_signature (
    signature   VARCHAR(64)   NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX seen_signature_expires_at ON seen_signature (expires_at);
