package org.anxiao.safety.fire;

/** How an element of GB 35181's catalogue decides (判定要素的类别). */
public enum ElementKind {
  /** 直接判定要素 — one such element makes the hazard major (GB 35181-2017 ch. 6; GB 35181-2025 ch. 5). */
  DIRECT,
  /** 综合判定要素 — counted under the counting rules (GB 35181-2017 ch. 7; GB 35181-2025 ch. 6). */
  COMPOSITE
}
