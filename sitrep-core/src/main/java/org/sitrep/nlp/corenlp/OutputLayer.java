package org.sitrep.nlp.corenlp;

/**
 * The parser network's second layer: transition scores from the cubed hidden layer. Two
 * implementations give the same scores up to float rounding: {@link ScalarOutputLayer}, plain Java
 * that the JIT vectorises partly, and {@code VectorOutputLayer}, explicit SIMD through the JDK's
 * incubating Vector API, about twice as fast, used when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the {@code sitrep} launcher does).
 */
interface OutputLayer {
  /** {@code scores[t] = Σ_h cube[h] · W2[h][t]} for every padded transition t. */
  void scores(float[] cube, float[] scores);

  /** The fastest layer this JVM can run, over weights {@code [hidden unit][padded transition]}. */
  static OutputLayer best(float[][] weights) {
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
      try {
        return (OutputLayer) Class.forName("org.sitrep.nlp.corenlp.VectorOutputLayer")
            .getDeclaredConstructor(float[][].class).newInstance((Object) weights);
      } catch (ReflectiveOperationException | LinkageError | IllegalArgumentException e) {
        // The module is there but unusable (other JDK build, no SIMD width that fits): plain Java.
      }
    }
    return new ScalarOutputLayer(weights);
  }
}
