package dev.covenant.defacto.internal.http;

import dev.covenant.defacto.api.BusinessIdentifier;
import dev.covenant.defacto.api.EligibilityScenario;

/** The body of {@code POST /sandbox/business-eligible}. */
record WireEligibility(BusinessIdentifier businessIdentifier, EligibilityScenario scenario) {}
