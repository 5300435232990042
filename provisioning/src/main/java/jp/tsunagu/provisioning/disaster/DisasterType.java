package jp.tsunagu.provisioning.disaster;

/** Kinds of disaster as the Disaster Relief Act (災害救助法) applications name them. */
public enum DisasterType {
    EARTHQUAKE("地震"),
    TSUNAMI("津波"),
    STORM_AND_FLOOD("風水害"),
    HEAVY_RAIN("豪雨"),
    TYPHOON("台風"),
    LANDSLIDE("土砂災害"),
    HEAVY_SNOW("豪雪"),
    VOLCANIC_ERUPTION("火山噴火"),
    FIRE("大規模火災"),
    OTHER("その他");

    private final String japaneseName;

    DisasterType(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
