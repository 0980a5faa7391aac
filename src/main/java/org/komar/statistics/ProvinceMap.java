package org.komar.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A choropleth map of Cambodia's provinces drawn as SVG on the server from the shipped boundaries
 * ({@code geo/provinces.geojson}, Open Development Cambodia / geoBoundaries, CC BY 4.0): no tiles, no script, no
 * third party. Each province is shaded by the class of its value (quintiles of the provinces that have one), carries
 * a tooltip, and may link to a page about it.
 */
@Component
public class ProvinceMap {

    /** One province on the map: its value (null: no data), the tooltip and where it leads (null: nowhere). */
    public record Shade(Double value, String tooltip, String link) {
    }

    /** The map and its legend: class limits from low to high. */
    public record Drawn(String svg, List<Double> limits) {
    }

    static final int CLASSES = 5;
    private static final double WIDTH = 640;
    private static final double LATITUDE = Math.toRadians(12.5);

    private final Map<String, String> paths = new LinkedHashMap<>();
    private final double height;

    ProvinceMap(JsonMapper json) {
        JsonNode features;
        try (InputStream in = new ClassPathResource("geo/provinces.geojson").getInputStream()) {
            features = json.readTree(in).get("features");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (JsonNode feature : features) {
            for (List<double[]> ring : rings(feature.get("geometry"))) {
                for (double[] point : ring) {
                    minLon = Math.min(minLon, point[0]);
                    maxLon = Math.max(maxLon, point[0]);
                    minLat = Math.min(minLat, point[1]);
                    maxLat = Math.max(maxLat, point[1]);
                }
            }
        }
        double scale = WIDTH / ((maxLon - minLon) * Math.cos(LATITUDE));
        this.height = Math.ceil((maxLat - minLat) * scale);
        for (JsonNode feature : features) {
            StringBuilder d = new StringBuilder();
            for (List<double[]> ring : rings(feature.get("geometry"))) {
                for (int i = 0; i < ring.size(); i++) {
                    double x = (ring.get(i)[0] - minLon) * Math.cos(LATITUDE) * scale;
                    double y = (maxLat - ring.get(i)[1]) * scale;
                    d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                }
                d.append('Z');
            }
            paths.put(feature.get("properties").get("prov_code").asText(), d.toString());
        }
    }

    /** The province codes the map draws. */
    public List<String> provinces() {
        return List.copyOf(paths.keySet());
    }

    /** Draws the map; {@code label} names it for screen readers. */
    public Drawn draw(Map<String, Shade> shades, String label) {
        List<Double> limits = limits(shades.values().stream().map(Shade::value).filter(v -> v != null).toList());
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"province-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append((int) WIDTH).append(' ').append((int) height).append("\" role=\"img\" aria-label=\"")
                .append(HtmlUtils.htmlEscape(label)).append("\">");
        for (Map.Entry<String, String> province : paths.entrySet()) {
            Shade shade = shades.get(province.getKey());
            int level = shade == null || shade.value() == null ? -1 : level(shade.value(), limits);
            String path = "<path class=\"choro choro-" + (level < 0 ? "none" : level) + "\" data-province=\""
                    + province.getKey() + "\" d=\"" + province.getValue() + "\">"
                    + (shade == null || shade.tooltip() == null ? ""
                    : "<title>" + HtmlUtils.htmlEscape(shade.tooltip()) + "</title>") + "</path>";
            if (shade != null && shade.link() != null) {
                svg.append("<a href=\"").append(HtmlUtils.htmlEscape(shade.link())).append("\">").append(path)
                        .append("</a>");
            } else {
                svg.append(path);
            }
        }
        svg.append("</svg>");
        return new Drawn(svg.toString(), limits);
    }

    /** Upper limits of the classes but the last: the quintiles of the values. */
    static List<Double> limits(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        List<Double> limits = new ArrayList<>();
        if (sorted.isEmpty()) {
            return limits;
        }
        for (int c = 1; c < CLASSES; c++) {
            double limit = sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(c * sorted.size() / (double) CLASSES)));
            if (limits.isEmpty() || limit > limits.get(limits.size() - 1)) {
                limits.add(limit);
            }
        }
        return limits;
    }

    static int level(double value, List<Double> limits) {
        for (int i = 0; i < limits.size(); i++) {
            if (value < limits.get(i)) {
                return i;
            }
        }
        return limits.size();
    }

    private static List<List<double[]>> rings(JsonNode geometry) {
        List<List<double[]>> rings = new ArrayList<>();
        JsonNode coordinates = geometry.get("coordinates");
        if ("Polygon".equals(geometry.get("type").asText())) {
            coordinates.forEach(ring -> rings.add(points(ring)));
        } else {
            coordinates.forEach(polygon -> polygon.forEach(ring -> rings.add(points(ring))));
        }
        return rings;
    }

    private static List<double[]> points(JsonNode ring) {
        List<double[]> points = new ArrayList<>();
        ring.forEach(point -> points.add(new double[] {point.get(0).asDouble(), point.get(1).asDouble()}));
        return points;
    }
}
