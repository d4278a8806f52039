package org.sitrep.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ModelTextTest {
  private static ModelText of(String text) {
    return new ModelText("test-model", text.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void readsHeadersWordsAndNumbersAsTheModelWritesThem() {
    ModelText in = of("dict=3\nhiddenSize=2\n-NULL- -0.0291 0.5 1.5E-4\n7 12 3705954\n");
    assertThat(in.header("dict")).isEqualTo(3);
    assertThat(in.header("hiddenSize")).isEqualTo(2);
    assertThat(in.word()).isEqualTo("-NULL-");
    float[] v = new float[3];
    in.floats(v, 0, 3);
    assertThat(v).containsExactly(-0.0291f, 0.5f, 1.5e-4f);
    assertThat(in.integer()).isEqualTo(7);
    assertThat(in.integer()).isEqualTo(12);
    assertThat(in.integer()).isEqualTo(3705954);
  }

  @Test
  void problemsNameTheResourceAndOffset() {
    assertThatThrownBy(() -> of("pos=52\n").header("dict"))
        .hasMessage("test-model: byte 6: expected header dict=N, found pos=52");
    assertThatThrownBy(() -> of("  ").word()).hasMessageContaining("test-model: byte 2: unexpected end of model");
    assertThatThrownBy(() -> of("abc").floats(new float[1], 0, 1)).hasMessageContaining("expected a number");
  }
}
