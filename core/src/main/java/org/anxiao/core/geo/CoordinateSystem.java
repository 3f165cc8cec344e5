package org.anxiao.core.geo;

/**
 * The reference system of a coordinate (坐标系). Chinese map services return GCJ-02 (Amap, Tencent)
 * or BD-09 (Baidu), GPS gives WGS-84; their offsets are hundreds of metres — larger than the 200 m
 * school safety zone — so a coordinate never travels without its system, and coordinates of
 * different systems are never mixed silently.
 */
public enum CoordinateSystem {
  /** WGS-84, as from GPS receivers. */
  WGS84,
  /** CGCS2000, the national geodetic system; within centimetres of WGS-84. */
  CGCS2000,
  /** GCJ-02 (国测局坐标, "Mars coordinates"), used by Amap and Tencent maps. */
  GCJ02,
  /** BD-09, used by Baidu maps. */
  BD09
}
