#!/usr/bin/env python3
"""Fills the English plural forms in translations/stratum-deploy_en.ts from the
source texts: "%n item(s)" -> "%n item" / "%n items", "entry(ies)" -> "entry" /
"entries". Run after `cmake --build --preset dev --target update_translations`."""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else 'translations/stratum-deploy_en.ts'
text = open(path, encoding='utf-8').read()


def forms(source):
    singular = source.replace('y(ies)', 'y').replace('(s)', '').replace('(es)', '')
    plural = source.replace('y(ies)', 'ies').replace('(s)', 's').replace('(es)', 'es')
    return singular, plural


def fill(match):
    block = match.group(0)
    source = re.search(r'<source>(.*?)</source>', block, re.S).group(1)
    singular, plural = forms(source)
    translation = ('<translation>\n            <numerusform>%s</numerusform>\n'
                   '            <numerusform>%s</numerusform>\n        </translation>' % (singular, plural))
    return re.sub(r'<translation[^>]*>.*?</translation>', translation, block, flags=re.S)


text = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
