package se.lokbra.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import se.lokbra.core.DataSet;
import se.lokbra.storage.json.DataSetDocument;

/** The data-set document a command reads ({@code import}, {@code validate}). */
final class DocumentFile {
  private DocumentFile() {}

  /**
   * Reads {@code file}; one that is not there, or is a directory, is bad input (exit code 2), like a broken
   * document.
   */
  static DataSet read(CommandLine command, Path file) {
    if (!Files.exists(file)) {
      throw new CommandLine.ParameterException(command, "cannot read the document " + file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new CommandLine.ParameterException(command, "cannot read the document " + file + ": it is a directory");
    }
    return DataSetDocument.read(file);
  }
}
