package dev.covenant.defacto.internal.http;

/** The answer of {@code GET /sandbox/iban-generator}. */
record WireIban(String iban) {}
