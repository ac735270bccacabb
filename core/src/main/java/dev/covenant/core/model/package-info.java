/**
 * Covenant's view of Defacto's data: invoices, borrowers, credit lines and loan proposals, as
 * immutable records. Amounts are integer minor units; nothing is null (missing values are empty
 * {@code Optional}s).
 */
package dev.covenant.core.model;
