/**
 * The requests and answers of Defacto's API as immutable records: loans, borrowers, payments,
 * loan events, webhooks and the sandbox generators. Field names follow Defacto's JSON (in
 * snake_case on the wire); amounts are integer minor units (cents); date-times carry their offset.
 *
 * <p>Nothing is null: an absent field is an empty {@code Optional} or an empty collection. Fields
 * Defacto adds later are ignored, and an enum value this version does not know reads as
 * {@code UNKNOWN}, so a new Defacto release does not break a deployed client.
 */
package dev.covenant.defacto.api;
