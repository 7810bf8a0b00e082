import Domain

/// The A/B/C split of each lead unit's answers as stacked horizontal bars (UI.md: a stacked bar
/// for answer classes, titled, with labelled axes and the same numbers in the table under it).
/// Each segment carries its class letter and count as text, so the chart reads without colour.
enum SuggestionClassChart {
    /// The classes in stacking order, with their colour and what they mean.
    static let classes: [(letter: String, colour: String, meaning: String)] = [
        ("A", "#2e7d32", "已解决或采纳"), ("B", "#b26a00", "正在解决或列入计划"), ("C", "#57606a", "留作参考"),
    ]

    /// Nil when no unit has an answer yet (the table says so).
    static func chart(_ rows: [SuggestionFigures.Row]) -> HTMLNode? {
        let shown = Array(rows.filter { $0.classA + $0.classB + $0.classC > 0 }.prefix(40))
        guard let most = shown.map({ $0.classA + $0.classB + $0.classC }).max() else { return nil }
        let barHeight = 20, gap = 6, labelWidth = 180, barWidth = 420, legendHeight = 28
        let height = legendHeight + shown.count * (barHeight + gap) + 34
        let title = "各单位答复分类（A/B/C）"
        var nodes: [HTMLNode] = [tag("title", text: title)]
        var legendX = labelWidth
        for entry in classes {
            let label = "\(entry.letter)类 \(entry.meaning)"
            nodes.append(voidTag("rect", ["x": String(legendX), "y": "4", "width": "14", "height": "14", "fill": entry.colour]))
            nodes.append(tag("text", ["x": String(legendX + 20), "y": "16"], text: label))
            legendX += 20 + label.count * 12 + 18  // 12 px a character at the chart's font size
        }
        for (index, row) in shown.enumerated() {
            let y = legendHeight + index * (barHeight + gap)
            nodes.append(tag("text", ["x": String(labelWidth - 6), "y": String(y + 14), "text-anchor": "end"], text: row.unitName))
            var x = labelWidth
            for (entry, count) in zip(classes, [row.classA, row.classB, row.classC]) where count > 0 {
                let width = max(1, count * barWidth / most)
                nodes.append(voidTag("rect", ["x": String(x), "y": String(y), "width": String(width), "height": String(barHeight),
                                              "fill": entry.colour]))
                // The letter and count inside the segment when they fit; the table has them all.
                if width >= 34 {
                    nodes.append(tag("text", ["x": String(x + 4), "y": String(y + 14), "fill": "#fff", "class": "on-bar"],
                                     text: "\(entry.letter) \(count)"))
                }
                x += width
            }
            nodes.append(tag("text", ["x": String(x + 6), "y": String(y + 14)], text: "共 \(row.classA + row.classB + row.classC) 件"))
        }
        nodes.append(tag("text", ["x": String(labelWidth), "y": String(height - 8)], text: "答复件数（横轴）；承办单位（纵轴）"))
        return tag("figure", [:], [
            tag("h2", text: title),
            tag("svg", ["class": "chart", "role": "img", "aria-label": "\(title)堆叠条形图，数据见下表",
                        "viewBox": "0 0 \(labelWidth + barWidth + 80) \(height)", "width": "100%"], nodes),
        ])
    }
}
