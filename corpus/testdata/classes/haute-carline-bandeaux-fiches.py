#!/usr/bin/python3
"""Generates haute-carline-bandeaux-fiches.pdf: an invented département's
schéma written as a web page (HTML) and printed to PDF by LibreOffice. Each
orientation opens with a banner in capitals, a short introduction and the
list of its fiches; each fiche is headed by a small kicker line that names
its orientation and its number ("ORIENTATION 2 / FICHE-ACTION 3") above its
title, then "Pilote :" and "Partenaires :" fields, "Contexte",
"Objectifs", "Déroulement" prose and "Indicateurs". No fiche has a
calendar field: each action's deadline is stated in the prose of
"Déroulement" only, sometimes in the plan's own years ("au cours de la
deuxième année du schéma").

Run: /usr/bin/python3 haute-carline-bandeaux-fiches.py (from this folder;
needs soffice on the PATH).
"""
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "haute-carline-bandeaux-fiches"

ORIENTATIONS = [
    (1, "Soutenir les familles avant que les difficultés ne s'installent", [
        dict(n=1, title="Ouvrir des relais parentaux dans les petites villes du plateau",
             pilote="Direction des solidarités – Mission prévention familiale",
             partenaires="Caisse d'allocations familiales de Haute-Carline, communautés de communes, centres sociaux ruraux",
             contexte="Dans les cantons du plateau, les parents de jeunes enfants font en moyenne quarante minutes de route pour rencontrer un professionnel de la petite enfance. Le relais itinérant expérimenté depuis 2021 n'atteint que deux cantons.",
             objectifs=["Offrir un lieu d'écoute des parents à moins de vingt minutes de chaque famille",
                        "Associer les communes au repérage des familles isolées"],
             deroulement=["Une convention de financement avec la Caisse d'allocations familiales sera conclue au cours de la première année du schéma.",
                          "Quatre relais parentaux ouvriront dans les bourgs-centres d'ici la mi-2028, en commençant par le canton de Sorbiers.",
                          "Le relais itinérant ouvert en 2022 à Sorbiers servira de modèle aux nouveaux relais.",
                          "Les animateurs des relais seront formés à l'écoute active au second semestre 2027."],
             indicateurs=["Nombre de familles reçues dans les relais", "Temps de trajet moyen jusqu'au relais le plus proche"]),
        dict(n=2, title="Accompagner les parents d'adolescents en difficulté",
             pilote="Direction de l'enfance – Service de prévention spécialisée",
             partenaires="Maison des adolescents de Vérans, collèges publics et privés, Protection judiciaire de la jeunesse",
             contexte="Les demandes d'aide éducative pour des adolescents de treize à seize ans ont doublé entre 2019 et 2024. Les parents disent ne savoir à qui s'adresser avant la crise.",
             objectifs=["Répondre aux parents dans la semaine de leur demande",
                        "Prévenir les exclusions scolaires définitives"],
             deroulement=["Une ligne d'écoute pour les parents d'adolescents sera ouverte en 2027 ; elle sera évaluée à l'horizon 2029.",
                          "Des groupes de parole seront proposés dans chaque collège volontaire, avec l'appui des infirmières scolaires."],
             indicateurs=["Nombre d'appels reçus par la ligne d'écoute", "Nombre de collèges accueillant un groupe de parole"]),
    ]),
    (2, "Diversifier l'accueil des enfants confiés", [
        dict(n=3, title="Recruter et fidéliser les familles d'accueil",
             pilote="Direction de l'enfance – Service de l'accueil familial",
             partenaires="Pôle emploi, organismes de formation agréés, association départementale des familles d'accueil",
             contexte="Le nombre de familles d'accueil agréées a baissé d'un quart en cinq ans et la moitié d'entre elles cesseront leur activité avant 2032.",
             objectifs=["Agréer quarante nouvelles familles d'accueil",
                        "Réduire les départs dans les deux premières années d'activité"],
             deroulement=["Une campagne de recrutement sera lancée dès janvier 2027 dans la presse locale et sur les réseaux sociaux.",
                          "Un tutorat des nouvelles familles par des familles expérimentées sera mis en place au cours de la deuxième année du schéma.",
                          "Une prime d'installation sera versée à partir de 2028."],
             indicateurs=["Nombre d'agréments délivrés chaque année", "Taux de départ dans les deux ans suivant l'agrément"]),
        dict(n=4, title="Créer une maison d'accueil pour les fratries",
             pilote="Direction de l'enfance – Service de la programmation",
             partenaires="Association Les Tilleuls, Agence régionale de santé, commune de Vérans",
             contexte="Une fratrie sur trois confiée au Département est accueillie dans des lieux différents, faute de places pour plusieurs enfants.",
             objectifs=["Accueillir ensemble les frères et sœurs qui le souhaitent"],
             deroulement=["Un appel à projets sera publié au premier trimestre 2027.",
                          "La maison d'accueil des fratries, de douze places, ouvrira à Vérans avant la fin du schéma."],
             indicateurs=["Nombre de fratries accueillies ensemble", "Taux d'occupation de la maison"]),
    ]),
]

GLOSSAIRE = [("CAF", "Caisse d'allocations familiales"), ("PJJ", "Protection judiciaire de la jeunesse")]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page():
    out = ["<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>",
           "<title>Schéma départemental de protection de l'enfance 2026-2030</title>",
           "<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
           ".kicker{font-size:8pt;letter-spacing:1pt;color:#666;margin-bottom:0}"
           "h2.fiche{margin-top:2pt} .banner{background:#234;color:#fff;padding:6pt;font-size:13pt}</style></head><body>",
           "<p style='text-align:center'>Département de la Haute-Carline</p>",
           "<h1 style='text-align:center'>Schéma départemental de protection de l'enfance<br>2026-2030</h1>",
           "<p style='text-align:center'>Adopté par le Conseil départemental le 4 décembre 2025</p>",
           "<h2>1. Pourquoi un nouveau schéma</h2>",
           "<p>Le schéma précédent s'est achevé en 2025. Celui-ci couvre les années 2026 à 2030 et fixe, fiche par fiche, "
           "qui conduit chaque action et quand elle doit aboutir. Les échéances sont données dans le déroulement de chaque fiche.</p>",
           "<h2>2. Les orientations</h2>"]
    first = 1
    for n, title, fiches in ORIENTATIONS:
        nums = ", ".join(str(f["n"]) for f in fiches)
        out.append(f"<p>Orientation {n} – {esc(title)} : fiches {nums}</p>")
    for n, title, fiches in ORIENTATIONS:
        out.append(f"<p class='banner' style='page-break-before:always'>ORIENTATION {n} – {esc(title.upper())}</p>")
        out.append("<p>Cette orientation rassemble les actions décidées avec les partenaires lors des ateliers de concertation.</p>")
        out.append(f"<p>Les fiches de l'orientation {n} :</p><ul>")
        for f in fiches:
            out.append(f"<li>Fiche {f['n']} – {esc(f['title'])}</li>")
        out.append("</ul>")
        for f in fiches:
            out.append(f"<p class='kicker'>ORIENTATION {n} / FICHE-ACTION {f['n']}</p>")
            out.append(f"<h2 class='fiche'>{esc(f['title'])}</h2>")
            out.append(f"<p><b>Pilote :</b> {esc(f['pilote'])}</p>")
            out.append(f"<p><b>Partenaires :</b> {esc(f['partenaires'])}</p>")
            out.append(f"<h3>Contexte</h3><p>{esc(f['contexte'])}</p>")
            out.append("<h3>Objectifs</h3><ul>" + "".join(f"<li>{esc(o)}</li>" for o in f["objectifs"]) + "</ul>")
            out.append("<h3>Déroulement</h3>" + "".join(f"<p>{esc(d)}</p>" for d in f["deroulement"]))
            out.append("<h3>Indicateurs</h3><ul>" + "".join(f"<li>{esc(i)}</li>" for i in f["indicateurs"]) + "</ul>")
    out.append("<h2 style='page-break-before:always'>Glossaire</h2>")
    for a, e in GLOSSAIRE:
        out.append(f"<p>{a} : {esc(e)}</p>")
    out.append("</body></html>")
    return "\n".join(out)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, NAME + ".html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(page())
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, src],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, NAME + ".pdf"), os.path.join(HERE, NAME + ".pdf"))


if __name__ == "__main__":
    main()
