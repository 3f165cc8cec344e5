package org.anxiao.safety.zone;

import org.anxiao.core.text.LocalizedText;

/**
 * A category of venue a safety-zone rule may keep away from schools (校园周边限制场所类别). Which
 * categories are restricted, and within what radius, is pack data ({@link SafetyZoneRule}); a
 * category the rule in force does not list is not restricted there.
 */
public enum VenueCategory {
  /** 互联网上网服务营业场所（网吧）: internet café — 互联网上网服务营业场所管理条例 art. 9; Minhang; Lishui (上网服务). */
  INTERNET_CAFE("互联网上网服务营业场所（网吧）", "internet café"),
  /** KTV（歌舞娱乐场所）: karaoke — Minhang 2022 方案 四(一)10. */
  KTV("KTV（歌舞娱乐场所）", "karaoke (KTV)"),
  /** 游戏机房（游艺娱乐场所）: game room — Minhang 2022 方案 四(一)10. */
  GAME_ROOM("游戏机房（游艺娱乐场所）", "game room"),
  /** 娱乐场所: other entertainment venue — Lishui 丽教办安〔2024〕10号 二(四). */
  ENTERTAINMENT("娱乐场所", "entertainment venue"),
  /** 彩票专营场所: lottery shop — Lishui 丽教办安〔2024〕10号 二(四). */
  LOTTERY_SHOP("彩票专营场所", "lottery shop"),
  /** 对环境造成污染的企业和设施: polluting plant or facility — Lishui 丽教办安〔2024〕10号 二(四). */
  POLLUTING_FACILITY("对环境造成污染的企业和设施", "polluting plant or facility"),
  /** 存在安全隐患的场所: hazardous site — Lishui 丽教办安〔2024〕10号 二(四). */
  HAZARDOUS_SITE("存在安全隐患的场所", "hazardous site"),
  /** Any other venue: no shipped rule restricts it. */
  OTHER("其他场所", "other venue");

  private final LocalizedText label;

  VenueCategory(String zh, String en) {
    this.label = LocalizedText.of(zh, en);
  }

  /** {@return the category's name in Chinese and English} */
  public LocalizedText label() {
    return label;
  }
}
