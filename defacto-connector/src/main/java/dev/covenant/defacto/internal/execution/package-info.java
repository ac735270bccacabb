/** The executor's and the webhook handler's machinery; not an API, may change at any time. */
package dev.covenant.defacto.internal.execution;
