#include "GovernmentProgram.h"

#include "xlsx/ZipArchive.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace planea {

namespace {

/// Lower case without accents (ñ kept: "año" and "ano" are different words).
QString foldWord(const QString &word)
{
    QString out;
    out.reserve(word.size());
    for (const QChar c : word.toLower()) {
        if (c == u'ñ') {
            out.append(c);
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        for (const QChar d : decomposed)
            if (d.category() != QChar::Mark_NonSpacing)
                out.append(d);
    }
    return out;
}

const QSet<QString> &stopWords()
{
    // Folded (no accents). Articles, prepositions, conjunctions, pronouns, frequent verb forms
    // and adverbs, plus words every government program repeats without meaning a theme.
    static const QSet<QString> words = [] {
        const char *list[] = {
            "a",        "al",         "algo",        "algun",   "alguna",   "algunas",  "alguno",    "algunos",
            "ambos",    "ante",       "antes",       "aquel",   "aquella",  "aquellas", "aquello",   "aquellos",
            "aqui",     "asi",        "aun",         "aunque",  "bajo",     "bien",     "cabe",      "cada",
            "casi",     "como",       "con",         "contra",  "cual",     "cuales",   "cualquier", "cuando",
            "cuanto",   "cuya",       "cuyo",        "de",      "del",      "desde",    "donde",     "dos",
            "durante",  "e",          "el",          "ella",    "ellas",    "ello",     "ellos",     "en",
            "entre",    "era",        "eran",        "es",      "esa",      "esas",     "ese",       "eso",
            "esos",     "esta",       "estaba",      "estado",  "estamos",  "estan",    "estar",     "estas",
            "este",     "esto",       "estos",       "fue",     "fueron",   "ha",       "habia",     "han",
            "hasta",    "hay",        "hacer",       "hace",    "hacia",    "la",       "las",       "le",
            "les",      "lo",         "los",         "mas",     "me",       "mediante", "menos",     "mi",
            "mis",      "mismo",      "misma",       "mismos",  "mismas",   "mucho",    "muchos",    "muy",
            "nada",     "ni",         "no",          "nos",     "nosotros", "nuestra",  "nuestras",  "nuestro",
            "nuestros", "o",          "otra",        "otras",   "otro",     "otros",    "para",      "pero",
            "poco",     "por",        "porque",      "pues",    "que",      "quien",    "quienes",   "se",
            "sea",      "sean",       "segun",       "ser",     "si",       "sido",     "siempre",   "sin",
            "sino",     "sobre",      "su",          "sus",     "tal",      "tambien",  "tanto",     "te",
            "tener",    "tiene",      "tienen",      "todas",   "todo",     "todos",    "toda",      "tras",
            "tu",       "tus",        "u",           "un",      "una",      "unas",     "uno",       "unos",
            "usted",    "ustedes",    "va",          "vamos",   "van",      "y",        "ya",        "yo",
            "sera",     "seran",      "haremos",     "vez",     "veces",    "asimismo", "ademas",    "dentro",
            "traves",   "parte",      "partir",      "forma",   "manera",   "gran",     "grandes",   "nuevo",
            "nueva",    "nuevos",     "nuevas",      "buen",    "buena",    "buenos",   "buenas",    "mejor",
            "mejores",  "puede",      "pueden",      "debe",    "deben",    "cual",     "donde",     "etc",
            "sus",      "les",        "sean",        "tiene",   "realizar", "lograr",   "contar",    "garantizar",
            "promover", "fortalecer", "implementar", "generar", "programa", "gobierno", "propuesta", "propuestas",
            "plan",     "municipio",  "municipal",   "nuestro",
        };
        QSet<QString> set;
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

QString decodeText(const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return text;
    // Notepad on Windows often saved in Windows-1252; Latin-1 reads its letters with accents.
    return QString::fromLatin1(data);
}

} // namespace

bool GovernmentProgram::isStopWord(const QString &word)
{
    return stopWords().contains(foldWord(word));
}

Result<QString> GovernmentProgram::readDocx(const QByteArray &bytes, const QString &displayName)
{
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        return Error::badInput(tr("«%1» is protected with a password or is an old Word document (.doc): open it in "
                                  "Word and save it as .docx without a password, or paste its text.")
                                   .arg(displayName));
    }
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ZipArchive zip;
    if (!bytes.startsWith("PK") || !zip.open(&buffer)) {
        return Error::badInput(
            tr("«%1» is not a Word document (.docx): it is not a zip file or it is damaged.").arg(displayName));
    }
    const ZipArchive::Entry *entry = zip.find(u"word/document.xml"_s);
    if (!entry) {
        return Error::badInput(
            tr("«%1» is not a Word document (.docx): it has no word/document.xml part.").arg(displayName));
    }
    ZipArchive::EntryDevice part(&buffer, *entry, MaxTextBytes);
    part.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&part);
    QString text;
    bool inText = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"t"_s)
                inText = true;
            else if (xml.name() == u"tab"_s)
                text.append(u'\t');
            else if (xml.name() == u"br"_s || xml.name() == u"cr"_s)
                text.append(u'\n');
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"t"_s)
                inText = false;
            else if (xml.name() == u"p"_s)
                text.append(u'\n');
            break;
        case QXmlStreamReader::Characters:
            if (inText)
                text.append(xml.text());
            break;
        default:
            break;
        }
    }
    if (part.exceeded()) {
        return Error::badInput(tr("«%1»: the document's text inflates to more than %2 MB; it is refused.")
                                   .arg(displayName)
                                   .arg(MaxTextBytes / (1024 * 1024)));
    }
    if (part.unsupported()) {
        return Error::badInput(
            tr("«%1» cannot be opened (the file is damaged or protected with a password).").arg(displayName));
    }
    if (part.damaged())
        return Error::badInput(tr("«%1» is damaged: its text cannot be read.").arg(displayName));
    if (xml.hasError()) {
        return Error::badInput(tr("«%1», line %2 of word/document.xml: the XML is malformed (%3).")
                                   .arg(displayName)
                                   .arg(xml.lineNumber())
                                   .arg(xml.errorString()));
    }
    return text.trimmed();
}

Result<QString> GovernmentProgram::readFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString suffix = info.suffix().toLower();
    if (suffix != u"txt"_s && suffix != u"docx"_s && suffix != u"text"_s) {
        return Error::badInput(
            tr("«%1» cannot be read: choose a plain text (.txt) or Word (.docx) file, or paste the text.").arg(name));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("«%1» cannot be opened: %2").arg(name, file.errorString()));
    if (file.size() > MaxFileBytes) {
        return Error::badInput(tr("«%1» is larger than %2 MB; a government program is much smaller. Check the file.")
                                   .arg(name)
                                   .arg(MaxFileBytes / (1024 * 1024)));
    }
    const QByteArray bytes = file.readAll();
    if (suffix == u"docx"_s)
        return readDocx(bytes, name);
    if (bytes.contains('\0'))
        return Error::badInput(tr("«%1» is not a plain text file.").arg(name));
    return decodeText(bytes).trimmed();
}

QList<WordCount> GovernmentProgram::wordFrequency(const QString &text, int limit)
{
    struct Tally
    {
        int count = 0;
        QHash<QString, int> spellings;
    };
    QHash<QString, Tally> tally;
    QString word;
    auto flush = [&] {
        if (word.size() >= 3) {
            const QString lower = word.toLower();
            const QString key = foldWord(lower);
            if (!stopWords().contains(key)) {
                Tally &t = tally[key];
                ++t.count;
                ++t.spellings[lower];
            }
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter())
            word.append(c);
        else
            flush();
    }
    flush();
    QList<WordCount> out;
    out.reserve(tally.size());
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        // The spelling used most often ("educación" rather than "educacion"); ties alphabetically.
        QString best;
        int bestCount = -1;
        for (auto s = it->spellings.cbegin(); s != it->spellings.cend(); ++s) {
            if (s.value() > bestCount || (s.value() == bestCount && s.key() < best)) {
                best = s.key();
                bestCount = s.value();
            }
        }
        out.append({ best, it->count });
    }
    std::sort(out.begin(), out.end(), [](const WordCount &a, const WordCount &b) {
        return a.count != b.count ? a.count > b.count : a.word < b.word;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace planea
