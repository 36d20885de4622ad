package org.decisionnotices.render.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.layout.Notice;

/**
 * The sample record in many scripts, {@code examples/data/community-languages-grants.json}, and
 * what each format must make of it.
 */
public final class MultilingualSample {
  private MultilingualSample() {}

  public static DecisionRecord record() {
    return Samples.record("community-languages-grants");
  }

  /** The record laid out by the built-in template, as every renderer's test draws it. */
  public static Notice notice() {
    return DecisionNotices.builder().discoverRenderers(false).build().layout(record());
  }

  /** Each passage marked with its language in the sample, in document order, and the tag. */
  public static Map<String, String> markedPassages() {
    Map<String, String> passages = new LinkedHashMap<>();
    passages.put("اردو ریڈرز سرکل", "ur");
    passages.put("مرحبا بكم في المكتبة", "ar");
    passages.put("বাংলা পাঠচক্র", "bn");
    passages.put("ਪੰਜਾਬੀ ਸਾਹਿਤ ਸਭਾ", "pa");
    passages.put("ગુજરાતી સમાજ", "gu");
    passages.put("தமிழ் சங்கம்", "ta");
    passages.put("华人社区中心", "zh-Hans");
    passages.put("ማሕበረሰብ ኤርትራውያን", "ti");
    // A paragraph of its own that starts with it, so right to left (Unicode rules P2 and P3).
    passages.put("اردو ریڈرز سرکل نے کمیٹی کا شکریہ ادا کیا۔", "ur");
    return passages;
  }
}
