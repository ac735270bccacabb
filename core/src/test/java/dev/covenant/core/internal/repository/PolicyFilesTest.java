package dev.covenant.core.internal.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFilesTest {
  @TempDir
  Path dir;

  @Test
  void listsRegularPolicyFilesDirectlyInTheDirectorySortedByName() throws IOException {
    Files.writeString(dir.resolve("b.policy"), "");
    Files.writeString(dir.resolve("a.policy"), "");
    Files.writeString(dir.resolve(".a.policy"), "");
    Files.writeString(dir.resolve("a.policy~"), "");
    Files.writeString(dir.resolve("readme.md"), "");
    Files.createDirectory(dir.resolve("folder.policy"));
    Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/c.policy"), "");

    assertThat(PolicyFiles.list(dir)).containsExactly(dir.resolve("a.policy"), dir.resolve("b.policy"));
  }

  @Test
  void theFingerprintChangesWithAFilesSizeAndNotWithOtherFiles() throws IOException {
    Files.writeString(dir.resolve("a.policy"), "one");
    var before = DirectoryPoll.fingerprint(dir);

    Files.writeString(dir.resolve("notes.txt"), "ignored");
    assertThat(DirectoryPoll.fingerprint(dir)).isEqualTo(before);

    Files.writeString(dir.resolve("a.policy"), "three");
    assertThat(DirectoryPoll.fingerprint(dir)).isNotEqualTo(before);
  }
}
