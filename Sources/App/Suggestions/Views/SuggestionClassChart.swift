import Domain

/// The A/B/C split of each lead unit's answers as stacked horizontal bars (UI.md: a stacked bar
/// for answer classes, titled, with labelled axes and the same numbers in the table under it).
/// Each segment carries its class letter and count as text, so the chart reads without colour.
enum SuggestionClassChart {
    /// The classes in stacking order with their colours, dark enough for white text (≥ 4.5:1).
    static let classes: [(answer: AnswerClass, colour: String)] = [(.a, "#2e7d32"), (.b, "#9a5b00"), (.c, "#57606a")]
    /// The most units drawn (those with the most answers); the table has them all.
    static let maxUnits = 40

    /// Nil when no unit has an answer yet (the table says so).
    static func chart(_ rows: [SuggestionFigures.Row]) -> HTMLNode? {
        func total(_ row: SuggestionFigures.Row) -> Int { row.classA + row.classB + row.classC }
        let answered = rows.filter { total($0) > 0 }
        let shown = Array(answered.sorted { total($0) > total($1) }.prefix(maxUnits))
        guard let most = shown.first.map(total) else { return nil }
        let barHeight = 20
        let gap = 6
        let labelWidth = 180
        let barWidth = 420
        let legendHeight = 28
        let height = legendHeight + shown.count * (barHeight + gap) + 34
        let title = answered.count > maxUnits ? "答复最多的\(maxUnits)个单位的答复分类（A/B/C）" : "各单位答复分类（A/B/C）"
        var nodes: [HTMLNode] = [tag("title", text: title)]
        var legendX = 10  // from the left edge: the three class names need the width
        for entry in classes {
            let label = entry.answer.label
            nodes.append(
                voidTag("rect", ["x": String(legendX), "y": "4", "width": "14", "height": "14", "fill": entry.colour]))
            nodes.append(tag("text", ["x": String(legendX + 20), "y": "16"], text: label))
            legendX += 20 + label.count * 12 + 18  // 12 px a character at the chart's font size
        }
        for (index, row) in shown.enumerated() {
            let y = legendHeight + index * (barHeight + gap)
            // A long name is cut to fit the label column; the table beneath has it whole.
            let name = row.unitName.count > 14 ? String(row.unitName.prefix(13)) + "…" : row.unitName
            nodes.append(
                tag(
                    "text", ["x": String(labelWidth - 6), "y": String(y + 14), "text-anchor": "end"],
                    [
                        tag("title", text: row.unitName), txt(name),
                    ]))
            var x = labelWidth
            for (entry, count) in zip(classes, [row.classA, row.classB, row.classC]) where count > 0 {
                let letter = entry.answer.rawValue
                let width = max(1, count * barWidth / most)
                nodes.append(
                    voidTag(
                        "rect",
                        [
                            "x": String(x), "y": String(y), "width": String(width), "height": String(barHeight),
                            "fill": entry.colour,
                        ]))
                // The letter and count inside the segment when they fit; the table has them all.
                if width >= 34 {
                    nodes.append(
                        tag(
                            "text", ["x": String(x + 4), "y": String(y + 14), "fill": "#fff", "class": "on-bar"],
                            text: "\(letter) \(count)"))
                }
                x += width
            }
            nodes.append(tag("text", ["x": String(x + 6), "y": String(y + 14)], text: "共 \(total(row)) 件"))
        }
        nodes.append(tag("text", ["x": String(labelWidth), "y": String(height - 8)], text: "答复件数（横轴）；承办单位（纵轴）"))
        return tag(
            "figure", [:],
            [
                tag("h2", text: title),
                tag(
                    "svg",
                    [
                        "class": "chart", "role": "img", "aria-label": "\(title)堆叠条形图，数据见下表",
                        "viewBox": "0 0 \(labelWidth + barWidth + 80) \(height)", "width": "100%",
                    ], nodes),
            ])
    }
}
