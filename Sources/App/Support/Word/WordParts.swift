/// The fixed parts of the .docx package (see ``WordDocument``): content types, relationships,
/// the styles that carry GB/T 9704's fonts and sizes, settings and the page-number footers.
enum WordParts {
    static let xmlHead = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    private static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes =
        xmlHead
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        + #"<Default Extension="xml" ContentType="application/xml"/>"#
        + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
        + #"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#
        + #"<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#
        + #"<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#
        + "</Types>"

    static let packageRelationships =
        xmlHead + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="word/document.xml"/>"#
        + "</Relationships>"

    static let documentRelationships =
        xmlHead + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rIdStyles" Type="\#(relationships)/styles" Target="styles.xml"/>"#
        + #"<Relationship Id="rIdSettings" Type="\#(relationships)/settings" Target="settings.xml"/>"#
        + #"<Relationship Id="rIdFooterOdd" Type="\#(relationships)/footer" Target="footer1.xml"/>"#
        + #"<Relationship Id="rIdFooterEven" Type="\#(relationships)/footer" Target="footer2.xml"/>"#
        + "</Relationships>"

    /// Odd and even pages get their own footers (page numbers outside, GB/T 9704 7.5).
    static let settings =
        xmlHead + #"<w:settings xmlns:w="\#(main)"><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/>"#
        + #"<w:characterSpacingControl w:val="compressPunctuation"/></w:settings>"#

    /// Fonts by script: Chinese in `eastAsia`, digits and Latin in Times New Roman.
    private static func fonts(_ eastAsia: String) -> String {
        #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="\#(eastAsia)" w:cs="Times New Roman"/>"#
    }

    /// Sizes in half-points: 二号 22 pt = 44, 三号 16 pt = 32, 四号 14 pt = 28, 小四 12 pt = 24.
    private static func style(
        _ id: String, _ name: String, font: String, size: Int, line: Int, after: Int = 0, extra: String = ""
    ) -> String {
        #"<w:style w:type="paragraph" w:customStyle="1" w:styleId="\#(id)"><w:name w:val="\#(name)"/>"#
            + #"<w:pPr><w:spacing w:before="0" w:after="\#(after)" w:line="\#(line)" w:lineRule="exact"/>\#(extra)</w:pPr>"#
            + #"<w:rPr>\#(fonts(font))<w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/></w:rPr></w:style>"#
    }

    static let styles =
        xmlHead + #"<w:styles xmlns:w="\#(main)">"#
        + #"<w:docDefaults><w:rPrDefault><w:rPr>\#(fonts("仿宋_GB2312"))<w:sz w:val="32"/><w:szCs w:val="32"/>"#
        + #"<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>"#
        + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#
        // Body text: 三号仿宋 on a fixed 28.9 pt line (22 lines on the 225 mm type area).
        + style("Body", "正文", font: "仿宋_GB2312", size: 32, line: 578)
        + style(
            "BodyIndent", "正文首行缩进", font: "仿宋_GB2312", size: 32, line: 578, extra: #"<w:ind w:firstLineChars="200"/>"#)
        // The title: 二号方正小标宋, with a blank line's space after it.
        + style("Title", "公文标题", font: "方正小标宋简体", size: 44, line: 700, after: 300)
        + style("Subtitle", "发文字号", font: "仿宋_GB2312", size: 32, line: 578, after: 300)
        // Table text: 小四仿宋, a little space inside cells.
        + style("Cell", "表格文字", font: "仿宋_GB2312", size: 24, line: 360)
        + style("PageNumber", "页码", font: "宋体", size: 28, line: 360)
        + #"<w:style w:type="table" w:styleId="Grid"><w:name w:val="表格网格"/><w:tblPr><w:tblBorders>"#
        + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            #"<w:\#($0) w:val="single" w:sz="4" w:space="0" w:color="000000"/>"#
        }.joined()
        + #"</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>"#
        + #"<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        + "</w:styles>"

    /// “— N —”: on odd pages at the right, on even pages at the left, one character in.
    static func footer(odd: Bool) -> String {
        let placement =
            odd ? #"<w:ind w:right="280"/><w:jc w:val="right"/>"# : #"<w:ind w:left="280"/><w:jc w:val="left"/>"#
        return xmlHead + #"<w:ftr xmlns:w="\#(main)"><w:p><w:pPr><w:pStyle w:val="PageNumber"/>\#(placement)</w:pPr>"#
            + #"<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
            + #"<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
            + #"<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
            + #"<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"#
    }
}
