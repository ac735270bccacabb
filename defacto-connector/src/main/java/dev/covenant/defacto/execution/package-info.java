/**
 * Turns a policy's decisions into loans on Defacto, and reacts to Defacto's loan notifications.
 *
 * <p>{@link dev.covenant.defacto.execution.LoanExecutor} requests one loan per {@code FINANCE}
 * decision ({@code POST /loans}, idempotent by the decision's {@code salt_id}), waits a bounded
 * time for Defacto's answer, applies the policy's {@code validate} rules to the conditions
 * Defacto proposes, and accounts for every decision in an {@link
 * dev.covenant.defacto.execution.ExecutionReport}. {@link
 * dev.covenant.defacto.execution.LoanWebhookHandler} takes over for loans that were still pending:
 * it treats a notification as a hint, re-reads the loan and only then validates, cancels or holds.
 *
 * <p>Nothing is null: absent values are empty {@code Optional}s or empty collections.
 */
package dev.covenant.defacto.execution;
