/**
 * JSON in and out of Covenant: {@link dev.covenant.core.json.DefactoJson} reads Defacto's JSON
 * (invoices, borrowers, credit lines, loans) into the model, streaming and never holding an
 * invoice's PDF; {@link dev.covenant.core.json.DecisionJson} writes decisions with a stable
 * contract; {@link dev.covenant.core.json.DecisionLog} appends them to a JSON Lines audit file.
 * Bad input is an {@link dev.covenant.core.json.InputException} whose message reads
 * {@code file:line:col: message}.
 */
package dev.covenant.core.json;
