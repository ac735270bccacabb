package dev.covenant.core.internal.repository;

import dev.covenant.core.CompiledPolicy;
import dev.covenant.core.PolicyRepository.Problem;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the last reload made of one file.
 *
 * @param sha256 of the text read, empty when it could not be read
 * @param serving the policy served from the file: its current version or its last good one
 */
record FileState(Path file, Optional<String> sha256, Optional<CompiledPolicy> serving, Optional<Problem> problem) {
}
