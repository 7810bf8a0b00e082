/// A table in a Word document: a header row repeated on every page, rows that do not break
/// across pages, and full-width heading rows (a plan's areas).
struct WordTable {
    enum Row {
        case cells([String])
        /// One cell across the table, in bold (一、…).
        case heading(String)
    }

    let header: [String]
    /// Each column's share of the width; they need not add up to 1.
    let weights: [Double]
    var rows: [Row]
    /// A label column (the first) in bold, for a form-like table such as a 督办单.
    var labelled = false

    func xml(width: Int) -> String {
        let total = weights.reduce(0, +)
        let widths = weights.map { Int(Double(width) * $0 / total) }
        var xml =
            #"<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w=""# + String(width)
            + #"" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#
            + widths.map { #"<w:gridCol w:w=""# + String($0) + #""/>"# }.joined() + "</w:tblGrid>"
        if !header.isEmpty {
            xml += #"<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"#
            xml += zip(header, widths).map { cell($0, width: $1, bold: true, center: true) }.joined() + "</w:tr>"
        }
        for row in rows {
            xml += #"<w:tr><w:trPr><w:cantSplit/></w:trPr>"#
            switch row {
            case .cells(let values):
                xml +=
                    zip(values, widths).enumerated().map { index, pair in
                        // The first column is a 序号 or a label: centred either way.
                        cell(pair.0, width: pair.1, bold: labelled && index == 0, center: index == 0)
                    }.joined()
            case .heading(let text):
                xml +=
                    #"<w:tc><w:tcPr><w:tcW w:w=""# + String(width) + #"" w:type="dxa"/><w:gridSpan w:val=""#
                    + String(widths.count) + #""/></w:tcPr>"# + WordDocument.paragraph(text, style: "Cell", bold: true)
                    + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private func cell(_ text: String, width: Int, bold: Bool, center: Bool) -> String {
        #"<w:tc><w:tcPr><w:tcW w:w=""# + String(width) + #"" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>"#
            + WordDocument.paragraph(text, style: "Cell", alignment: center ? .center : .left, bold: bold) + "</w:tc>"
    }
}
