/// Server-rendered SVG charts (UI.md): each titled, with labelled axes, its numbers written on
/// it where they fit, and the same numbers in a table that the caller puts right under it.
enum Charts {
    /// A series of a stacked bar: its name and a colour dark enough for white text (≥ 4.5:1).
    struct Series {
        let name: String
        /// What a segment says beside its count (A, 红灯).
        let short: String
        let colour: String
    }

    static let green = "#2e7d32", amber = "#9a5b00", red = "#c62828", grey = "#57606a"
    /// The most bars one chart draws; its table holds the same rows.
    static let maxRows = 40

    /// Horizontal stacked bars, one per row (at most `maxRows`, in the order given); `values`
    /// follow `series`. Nil when every row is empty.
    static func stackedBars(
        title: String, series: [Series], rows: [(name: String, values: [Int])], unit: String, axes: String,
        maxRows: Int = Charts.maxRows
    ) -> HTMLNode? {
        let shown = Array(rows.filter { $0.values.reduce(0, +) > 0 }.prefix(maxRows))
        guard let most = shown.map({ $0.values.reduce(0, +) }).max() else { return nil }
        let (barHeight, gap, labelWidth, barWidth, legendHeight) = (20, 6, 180, 420, 28)
        let height = legendHeight + shown.count * (barHeight + gap) + 34
        var nodes: [HTMLNode] = [tag("title", text: title)]
        var legendX = 10
        for entry in series {
            nodes.append(
                voidTag("rect", ["x": String(legendX), "y": "4", "width": "14", "height": "14", "fill": entry.colour]))
            nodes.append(tag("text", ["x": String(legendX + 20), "y": "16"], text: entry.name))
            legendX += 20 + entry.name.count * 12 + 18  // 12 px a character at the chart's font size
        }
        for (index, row) in shown.enumerated() {
            let y = legendHeight + index * (barHeight + gap)
            nodes.append(label(row.name, x: labelWidth - 6, y: y + 14))
            var x = labelWidth
            for (entry, count) in zip(series, row.values) where count > 0 {
                let width = max(1, count * barWidth / most)
                nodes.append(
                    voidTag(
                        "rect",
                        [
                            "x": String(x), "y": String(y), "width": String(width), "height": String(barHeight),
                            "fill": entry.colour,
                        ]))
                if width >= 34 {
                    nodes.append(
                        tag(
                            "text", ["x": String(x + 4), "y": String(y + 14), "class": "on-bar"],
                            text: "\(entry.short) \(count)"))
                }
                x += width
            }
            nodes.append(
                tag("text", ["x": String(x + 6), "y": String(y + 14)], text: "共 \(row.values.reduce(0, +)) \(unit)"))
        }
        nodes.append(tag("text", ["x": String(labelWidth), "y": String(height - 8)], text: axes))
        return figure(title, kind: "堆叠条形图", width: labelWidth + barWidth + 90, height: height, nodes)
    }

    /// A line over months, `values` from 0 to `maximum`, each point labelled with its value.
    static func line(
        title: String, points: [(label: String, value: Double)], maximum: Double, format: (Double) -> String,
        axes: String
    ) -> HTMLNode? {
        guard points.count >= 1, maximum > 0 else { return nil }
        let (left, top, plotWidth, plotHeight) = (48, 20, 560, 200)
        let step = points.count > 1 ? plotWidth / (points.count - 1) : 0
        func x(_ index: Int) -> Int { left + index * step }
        func y(_ value: Double) -> Int { top + plotHeight - Int((value / maximum * Double(plotHeight)).rounded()) }
        var nodes: [HTMLNode] = [tag("title", text: title)]
        for tick in 0...4 {
            let value = maximum * Double(tick) / 4
            nodes.append(
                voidTag(
                    "line",
                    [
                        "x1": String(left), "x2": String(left + plotWidth), "y1": String(y(value)),
                        "y2": String(y(value)),
                        "class": "grid-line",
                    ]))
            nodes.append(
                tag(
                    "text", ["x": String(left - 6), "y": String(y(value) + 4), "text-anchor": "end"],
                    text: format(value)))
        }
        let path = points.enumerated().map { "\($0 == 0 ? "M" : "L")\(x($0)),\(y($1.value))" }.joined(separator: " ")
        nodes.append(voidTag("path", ["d": path, "class": "series-line"]))
        for (index, point) in points.enumerated() {
            nodes.append(
                voidTag(
                    "circle", ["cx": String(x(index)), "cy": String(y(point.value)), "r": "4", "class": "series-point"])
            )
            nodes.append(
                tag(
                    "text", ["x": String(x(index)), "y": String(y(point.value) - 8), "text-anchor": "middle"],
                    text: format(point.value)))
            nodes.append(
                tag(
                    "text", ["x": String(x(index)), "y": String(top + plotHeight + 18), "text-anchor": "middle"],
                    text: point.label))
        }
        nodes.append(tag("text", ["x": String(left), "y": String(top + plotHeight + 40)], text: axes))
        return figure(title, kind: "折线图", width: left + plotWidth + 30, height: top + plotHeight + 50, nodes)
    }

    /// A row's name, cut to fit the label column; its whole name is the element's title.
    private static func label(_ name: String, x: Int, y: Int) -> HTMLNode {
        let shown = name.count > 14 ? String(name.prefix(13)) + "…" : name
        return tag(
            "text", ["x": String(x), "y": String(y), "text-anchor": "end"], [tag("title", text: name), txt(shown)])
    }

    private static func figure(_ title: String, kind: String, width: Int, height: Int, _ nodes: [HTMLNode]) -> HTMLNode
    {
        tag(
            "figure", ["class": "chart-figure"],
            [
                tag("h2", text: title),
                tag(
                    "svg",
                    [
                        "class": "chart", "role": "img", "aria-label": "\(title)\(kind)，数据见下表",
                        "viewBox": "0 0 \(width) \(height)", "width": "100%",
                    ], nodes),
            ])
    }
}
