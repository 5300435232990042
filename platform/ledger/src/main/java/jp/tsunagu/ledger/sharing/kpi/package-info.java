/**
 * The sharing KPIs of wide-area evacuation (石川県 広域被災者データベースの KPI ① and ②): per record, when it arrived,
 * when the other side (a host municipality, or the home for what a host added) could first read it, and when it first
 * did; written in the home tenant as the events happen ({@link jp.tsunagu.ledger.sharing.kpi.SharingTimeTable}) and read
 * by the home side as distributions and per person. Codes and times only; the operator plane has no access to them.
 * See docs/sharing.md, "Sharing times".
 */
package jp.tsunagu.ledger.sharing.kpi;
