package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StorageException;

/** One process at a time: a second process opening the same store gets a clear error, in either direction. */
class LockTest {
  @TempDir
  Path dir;

  @Test
  void aSecondProcessIsRefusedWhileThisOneHasTheStoreOpen() throws Exception {
    try (LokbraStore store = JsonStore.open(dir)) {
      TestData.fill(store);
      try (ChildJvm child = ChildJvm.start(LockProbe.class, dir.toString())) {
        assertThat(child.await("REFUSED", 60)).contains("the store " + dir + " is locked by another process");
        assertThat(child.waitFor()).isEqualTo(2);
      }
      assertThat(store.measures().count()).isEqualTo(3);
    }
    try (ChildJvm child = ChildJvm.start(LockProbe.class, dir.toString())) {
      assertThat(child.await("OPENED", 60)).isEqualTo("OPENED 3");
      assertThat(child.waitFor()).isZero();
    }
  }

  @Test
  void thisProcessIsRefusedWhileAnotherHasTheStoreOpenAndMayOpenItAfterwards() throws Exception {
    try (ChildJvm child = ChildJvm.start(LockProbe.class, dir.toString(), "hold")) {
      child.await("OPENED", 60);
      assertThatThrownBy(() -> JsonStore.open(dir)).isInstanceOf(StorageException.class)
          .hasMessageContaining("is locked by another process");
      child.send("close");
      child.await("CLOSED", 60);
      assertThat(child.waitFor()).isZero();
    }
    try (LokbraStore store = JsonStore.open(dir)) {
      assertThat(store.measures().count()).isZero();
    }
  }

  @Test
  void aKilledProcessLeavesNoLockBehind() throws Exception {
    try (ChildJvm child = ChildJvm.start(LockProbe.class, dir.toString(), "hold")) {
      child.await("OPENED", 60);
      child.kill();
    }
    try (LokbraStore store = JsonStore.open(dir)) {
      assertThat(store.measures().count()).isZero();
    }
  }
}
