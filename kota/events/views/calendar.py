"""calendar"""

urlpatterns = []
