/** A JPMS application using lokbra on the module path (built and run by JpmsExampleTest). */
module se.lokbra.examples.jpms {
  requires se.lokbra.core;
}
