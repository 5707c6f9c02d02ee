/**
 * SQL that renders a timestamptz column as an ISO 8601 UTC string, so both drivers (which parse
 * timestamps into Dates differently) hand the read side the same text.
 */
export const isoUtc = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** As {@link isoUtc}, to the microsecond: for keyset cursors, which must not lose ordering. */
export const isoUtcMicro = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
