/// The keyword and pattern tables the reader is built from, in one place.
///
/// Every entry is a general feature of Chinese government news writing, never a name,
/// title or sentence of any particular report. Each kind has a unit test on a short
/// sentence written for the test (Tests/ChineseTextTests).
public enum TextTables {
    // MARK: page furniture

    /// Lines that are page furniture, not report text: breadcrumbs, share buttons,
    /// font-size switches, counters, print/close links, metadata lines, trailers.
    static let furnitureLine = Pattern(
        #"^\s*(首页|当前位置|您的位置|您现在的位置|位置)\s*[>:»›]|>.*>|分享到|字号|【大\s*中\s*小】|浏览次数|阅读次数|点击数|"#
            + #"发布日期|发布时间|^\s*来源\s*:|\s来源\s*:|作者\s*:|^\s*编辑\s*:|^\s*责任编辑|^\s*关键词|^\s*更多\s*$|^\s*(上一篇|下一篇)|"#
            + #"打印本页|关闭窗口|^\s*【?打印】?\s*$|^\s*【?关闭】?\s*$|扫一扫|^\s*(记者|通讯员)\s*\S{2,4}(\s+(记者|通讯员)\s*\S{2,4})*\s*$"#,
        // Each alternative above holds one of these; body lines holding none skip the pattern.
        requiringOneOf: [
            "首页", "位置", ">", "分享到", "字号", "【", "浏览次数", "阅读次数", "点击数", "发布日期", "发布时间",
            "来源", "作者", "编辑", "关键词", "更多", "上一篇", "下一篇", "打印", "关闭", "扫一扫", "记者", "通讯员",
        ])

    /// Metadata kept from furniture lines: field → pattern whose group 1 is the value.
    static let metadata: [(field: String, pattern: Pattern)] = [
        ("source", Pattern(#"来源\s*:\s*([^\s|｜]+)"#, requiringOneOf: ["来源"])),
        (
            "author",
            Pattern(
                #"(?:作者|记者|通讯员)\s*[:\s]\s*([\p{Han}·]{2,4}(?:[、\s]+[\p{Han}·]{2,4})*)"#,
                requiringOneOf: ["作者", "记者", "通讯员"])
        ),
        ("editor", Pattern(#"(?:责任编辑|编辑)\s*:\s*([\p{Han}·]{2,4})"#, requiringOneOf: ["编辑"])),
        ("keywords", Pattern(#"关键词\s*:\s*(.+)$"#, requiringOneOf: ["关键词"])),
    ]

    // MARK: normalisation

    /// Letters of a romanisation glued after a character, `戰(zhàn)`: one to seven of
    /// these between brackets right after a Han character, so `(试行)` or `(2016—2017年)`
    /// are untouched.
    static let pinyinLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ"
    /// Where the character itself was lost to mojibake (`?zhèn)`), the romanisation is
    /// recognised only with one of these tone marks, at most six plain letters either side.
    static let toneMarkedVowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
    /// Clause punctuation whose runs scraping produces (`,,` `,、` `,。` `,;`): the last mark stands.
    static let clausePunctuation: Set<Unicode.Scalar> = [",", "、", "。", ";", ":"]
    /// Marks that take no space before them …
    static let swallowsPrecedingSpace: Set<Unicode.Scalar> = [
        ",", "、", "。", ";", ":", "!", "?", "”", "》", ")", "“", "《",
    ]
    /// … and marks that take no space after them.
    static let swallowsFollowingSpace: Set<Unicode.Scalar> = [",", "、", "。", ";", ":", "!", "?", "“", "《", "("]
    /// Full-width forms that print uses, mapped to the ASCII forms scrapes use, so one
    /// pattern covers both.
    static let punctuationMap: [Unicode.Scalar: Unicode.Scalar] = [
        "，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?",
    ]
    /// Characters a line may end with and still be a complete line (not broken mid-sentence).
    static let lineEnders: Set<Character> = ["。", "!", "?", ";", ":", "”", "》", "」", ")", "…"]
}
