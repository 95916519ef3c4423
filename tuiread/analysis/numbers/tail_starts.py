"""The two- and three-letter starts of a number's tails after their blanks ("km",
"per", "mil"), and the words of one or two letters a tail may end with whatever follows
(look-aheads aside), as scripts/build_tail_starts.py reads them from the tails:
generated, do not edit."""

TWO_LETTERS = (
    "ac ad am au ba bb bh bi bl bn bp br bt bu by ca ce ch cm cn co cr cu cz da db de di "
    "dk dm do dr eg ei el eu ex fa fe fi fo fr ft fu ga gb gh gi gr gw ha he hk ho hp hr "
    "hu hz in ja jp kb ke kg kh ki km kn ko kp kr kt kw la lb le li ma mb mc me mg mh mi "
    "ml mm mn mo mp mt mu mw mx na ne ni no nz ou oz pa pc pe pi pl po pr qu ra re ri rm "
    "ro ru sa se sg sh si sq st sw ta tb te th tl tn to tr tu tw up us vo wa we wo ya yd "
    "ye yo yr yu za zl "
)
THREE_LETTERS = (
    "acr add ame aud aus bah bar bas bbl bhp bil bit bln bpd bps bra bri brl btc buc bus "
    "byt cad cal can car cel cen chf chi cny col com cro cub cup cze dan day dec deg deu "
    "din dir dkk dol don dra egy eig ele eur ext fah far fee fif fir foo for fou fra fur "
    "gal gbp ghz gig gra gwh hec hkd hon hor hou hpa hrs hry hun inc inr jap jpy kel kgs "
    "khz kil kip kmh kms kno kor kpa kph kpw kro krw kwh lak las lbs lei lig lir lit mah "
    "mar mau mcg meg met meu mgb mhz mic mil min mln mmh mmo mon mor mpa mph mth mus mwh "
    "mxn nai nan nau new nex nig nin nok nor nzd oun pas pct pen per pes pic pin pln pou "
    "pre qua qui rad ran rea ren rin riy rmb rou rub rup sat sec sek sev sgd she sin six "
    "squ ste sto swe swi tab tai tea ten ter thi tho tln ton tri trn try tur twe twh upc "
    "usd vol wat wee won wor yar yds yea yen yro yrs yua zar zlo "
)
ENDING_ONE = " "
ENDING_TWO = "st "
