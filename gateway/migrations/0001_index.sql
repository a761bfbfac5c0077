-- The gateway's index of its node's finalized blocks. One schema for SQLite and PostgreSQL: only
-- TEXT and BIGINT columns (what sqlx's `Any` driver reads from both), standard SQL otherwise.
-- Keys and accounts are text: `0x` and 64 lower-case hex digits, SS58 addresses. Times are
-- milliseconds since the Unix epoch, as the chain keeps them.

-- The last block indexed: one row (id 0), written in the transaction of that block.
CREATE TABLE index_cursor (
    id BIGINT PRIMARY KEY,
    block_number BIGINT NOT NULL,
    block_hash TEXT NOT NULL
);

-- Every block indexed, once.
CREATE TABLE blocks (
    block_number BIGINT PRIMARY KEY,
    block_hash TEXT NOT NULL,
    -- How many codes the traceability pallet's events of the block named.
    codes BIGINT NOT NULL
);

-- Every code the events named, with its report as of the last block that named it.
CREATE TABLE codes (
    code_id TEXT PRIMARY KEY,
    gtin TEXT NOT NULL,
    serial TEXT NOT NULL,
    lot TEXT,
    -- The canonical path /01/{gtin}/21/{serial}.
    digital_link TEXT NOT NULL,
    status TEXT NOT NULL,
    custodian TEXT NOT NULL,
    verdict TEXT NOT NULL,
    event_count BIGINT NOT NULL,
    -- The block the report was read at.
    updated_block BIGINT NOT NULL,
    -- The report as the node's trace_report RPC writes it (trace_client::report::json).
    report TEXT NOT NULL
);

-- Every entry of every history, as its EPCIS 2.0 event (trace_client::epcis), with the fields
-- the EPCIS queries filter on.
CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    code_id TEXT NOT NULL,
    event_index BIGINT NOT NULL,
    block_number BIGINT NOT NULL,
    event_type TEXT NOT NULL,
    action TEXT NOT NULL,
    biz_step TEXT NOT NULL,
    disposition TEXT NOT NULL,
    -- The container's key, for an AggregationEvent.
    parent_id TEXT,
    read_point TEXT,
    biz_location TEXT,
    actor TEXT NOT NULL,
    -- eventTime: the declared time, else the block time.
    event_time BIGINT NOT NULL,
    -- recordTime: the block time.
    record_time BIGINT NOT NULL,
    declared_time BIGINT,
    -- The EPCIS event, JSON.
    body TEXT NOT NULL,
    UNIQUE (code_id, event_index)
);

CREATE INDEX events_order ON events (block_number, code_id, event_index);
CREATE INDEX events_parent ON events (parent_id);
CREATE INDEX events_biz_step ON events (biz_step);
CREATE INDEX events_disposition ON events (disposition);
CREATE INDEX events_event_time ON events (event_time);
CREATE INDEX events_record_time ON events (record_time);
CREATE INDEX events_read_point ON events (read_point);
CREATE INDEX events_biz_location ON events (biz_location);
